"""Background work of the data-out app, run by `make worker` (procrastinate)."""

import logging

from django.utils import timezone
from procrastinate.contrib.django import app

from reports import record

logger = logging.getLogger(__name__)


@app.task(name=record.BUILD_TASK)
def build_record_pdf(record_pdf_id: int) -> None:
    record.build_pdf(record_pdf_id=record_pdf_id)


# A built PDF is kept a day (RECORD_PDF_KEPT_FOR); the pages never serve an older one anyway.
@app.periodic(cron="7 * * * *", periodic_id="delete-old-record-pdfs")
@app.task(name="delete_old_record_pdfs")
def delete_old_record_pdfs(timestamp: int) -> None:
    deleted = record.delete_expired_pdfs(now=timezone.now())
    logger.info("Record PDFs deleted after a day: %s", deleted)
