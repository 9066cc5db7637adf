#!/usr/bin/python3
"""SMTP server for the delivery tests (Debian's python3-aiosmtpd).

Saves every accepted message as <n>.eml (the raw bytes received) with <n>.json (envelope sender
and recipients) in --dir, and can misbehave on purpose:
  --tempfail N      answer "451" to the first N messages (at the end of DATA), then accept;
  --reject ADDRESS  answer "550" to RCPT TO for that address (repeatable);
  --cert F --key F  offer STARTTLS with that certificate and require it before MAIL;
  --implicit-tls    with --cert/--key: TLS from the first byte instead (as on port 465);
  --user U --password P
                    require AUTH (PLAIN or LOGIN) with these credentials (after STARTTLS when it is offered);
                    wrong ones are answered "535 5.7.8".
The .json also says whether the message came over TLS, which user had authenticated and from which
client address and port (one per connection).
Prints "READY <port>" once it listens on 127.0.0.1:<port>; stops on SIGTERM or SIGINT.
"""
import argparse
import json
import os
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, folder, tempfail, rejected):
        self.folder = folder
        self.tempfail = tempfail
        self.rejected = {a.lower() for a in rejected}
        self.lock = threading.Lock()
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rejected:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.tempfail > 0:
                self.tempfail -= 1
                return "451 4.3.0 Temporary failure, please try again later"
            self.count += 1
            n = self.count
        base = os.path.join(self.folder, "%06d" % n)
        # Written under a temporary name and renamed, so a reader never sees half a message.
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            login = session.auth_data.login.decode("utf-8") if isinstance(session.auth_data, LoginPassword) else None
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos, "tls": server.transport.get_extra_info("ssl_object") is not None, "login": login,
                       "connection": "%s:%s" % tuple(session.peer[:2])}, f)
        os.rename(base + ".json.tmp", base + ".json")
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 Message accepted for delivery"


class Authenticator:
    def __init__(self, user, password):
        self.user = user.encode("utf-8")
        self.password = password.encode("utf-8")

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == self.user and auth_data.password == self.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--tempfail", type=int, default=0)
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    options = {"data_size_limit": 64 * 1024 * 1024}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        if args.implicit_tls:
            options["ssl_context"] = context
        else:
            options.update(tls_context=context, require_starttls=True)
    if args.user:
        options.update(authenticator=Authenticator(args.user, args.password or ""), auth_required=True,
                       auth_require_tls=bool(args.cert) and not args.implicit_tls)
    controller = Controller(Handler(args.dir, args.tempfail, args.reject), hostname="127.0.0.1", port=args.port, **options)
    controller.start()
    print("READY %d" % args.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
