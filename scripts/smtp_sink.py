#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for the tests (aiosmtpd): every message it accepts is written to
DIR as NNNN.json with the envelope, the raw message and its subject and text as Python's email
package decodes them. Prints "ready PORT" on standard output once it listens.

Usage: smtp_sink.py DIR [--port N] [--tls-cert CERT --tls-key KEY] [--login USER:PASSWORD]
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "raw": envelope.original_content.decode("utf-8", "replace"),
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "messageID": str(message["Message-ID"]),
            "body": body.get_content() if body is not None else "",
            "headerNames": [name for name, _ in message.items()],
        }
        path = os.path.join(self.directory, "%04d.json" % self.count)
        with open(path + ".tmp", "w", encoding="utf-8") as file:
            json.dump(record, file, ensure_ascii=False)
        os.replace(path + ".tmp", path)
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--login")
    args = parser.parse_args()
    os.makedirs(args.directory, exist_ok=True)
    options = {}
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        options["tls_context"] = context
        options["require_starttls"] = True
    if args.login:
        user, password = args.login.split(":", 1)

        def authenticate(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and data.login.decode() == user and data.password.decode() == password
            return AuthResult(success=ok, handled=False)

        options["authenticator"] = authenticate
        options["auth_require_tls"] = bool(args.tls_cert)
    port = args.port
    if port == 0:
        import socket
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    controller = Controller(Sink(args.directory), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print("ready %d" % port, flush=True)
    try:
        sys.stdin.read()  # until the test closes our standard input (or ends)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
