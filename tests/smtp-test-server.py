#!/usr/bin/python3
"""SMTP server for the delivery tests (Debian's python3-aiosmtpd).

Saves every accepted message as <n>.eml (the raw bytes received) with <n>.json (envelope sender
and recipients) in --dir, and can misbehave on purpose:
  --tempfail N      answer "451" to the first N messages (at the end of DATA), then accept;
  --reject ADDRESS  answer "550" to RCPT TO for that address (repeatable).
Prints "READY <port>" once it listens on 127.0.0.1:<port>; stops on SIGTERM or SIGINT.
"""
import argparse
import json
import os
import signal
import threading

from aiosmtpd.controller import Controller


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
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
        os.rename(base + ".json.tmp", base + ".json")
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--tempfail", type=int, default=0)
    parser.add_argument("--reject", action="append", default=[])
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    controller = Controller(Handler(args.dir, args.tempfail, args.reject), hostname="127.0.0.1", port=args.port,
                            data_size_limit=64 * 1024 * 1024)
    controller.start()
    print("READY %d" % args.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
