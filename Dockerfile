FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
RUN useradd --create-home --uid 1000 bowout

COPY pyproject.toml README.md ./
COPY config ./config
COPY accounts ./accounts
COPY applications ./applications
COPY withdrawals ./withdrawals
COPY intake ./intake
COPY reports ./reports
RUN pip install .

COPY . .
# collectstatic reads the settings and needs no database; these values never serve a request.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost \
    python manage.py collectstatic --no-input --verbosity 0

USER bowout
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --no-input && gunicorn config.wsgi --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-3} --access-logfile -"]
