"""``python -m newswatch.demo.site``: serve the demo news site and its partner site until Ctrl-C."""

import argparse
import time

from newswatch.demo.site.server import DemoSite


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m newswatch.demo.site",
                                     description="Serve the bundled demo news site on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="main site port (default: any free port)")
    parser.add_argument("--partner-port", type=int, default=0, help="partner site port (default: any free port)")
    parser.add_argument("--edition", type=int, choices=(1, 2), default=1, help="content edition (default: 1)")
    args = parser.parse_args(argv)
    with DemoSite(port=args.port, partner_port=args.partner_port, edition=args.edition) as site:
        print(f"Main site:    {site.base_url}")
        print(f"Partner site: {site.partner_url}")
        print(f"Edition {site.edition}. Press Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("Stopped.")


if __name__ == "__main__":
    main()
