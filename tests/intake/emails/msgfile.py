"""Outlook .msg files for the tests, written with extract-msg's own OLE writer (the format
Outlook's File > Save As gives: a compound file of MAPI property streams)."""

import io
import struct

from extract_msg.ole_writer import OleWriter


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def msg_file(
    *,
    subject: str,
    body: str,
    sender_name: str,
    sender_email: str,
    headers: str = "",
    attachments: tuple[tuple[str, bytes], ...] = (),
) -> bytes:
    writer = OleWriter()
    # The top-level property stream: 8 reserved bytes, next recipient and attachment ids,
    # recipient and attachment counts, 8 reserved bytes.
    count = len(attachments)
    writer.addEntry(
        "__properties_version1.0",
        b"\0" * 8 + struct.pack("<IIII", 0, count, 0, count) + b"\0" * 8,
    )
    # Named properties: none, but the three streams Outlook always writes.
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    writer.addEntry("__substg1.0_001A001F", _utf16("IPM.Note"))
    writer.addEntry("__substg1.0_0037001F", _utf16(subject))
    writer.addEntry("__substg1.0_1000001F", _utf16(body))
    writer.addEntry("__substg1.0_0C1A001F", _utf16(sender_name))
    writer.addEntry("__substg1.0_0C1F001F", _utf16(sender_email))
    writer.addEntry("__substg1.0_5D01001F", _utf16(sender_email))
    if headers:
        writer.addEntry("__substg1.0_007D001F", _utf16(headers))
    for index, (name, data) in enumerate(attachments):
        folder = f"__attach_version1.0_#{index:08X}"
        writer.addEntry(folder, storage=True)
        # PR_ATTACH_METHOD (0x3705, a 32-bit integer) = 1: the data is in the file.
        method = struct.pack("<HHIII", 0x0003, 0x3705, 0x6, 1, 0)
        writer.addEntry(f"{folder}/__properties_version1.0", b"\0" * 8 + method)
        writer.addEntry(f"{folder}/__substg1.0_3707001F", _utf16(name))
        writer.addEntry(f"{folder}/__substg1.0_37010102", data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
