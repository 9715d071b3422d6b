"""What the check scripts share: one tally of checks, each failure printed as it happens, and the
summary line and exit status at the end."""
import sys

passed, failed = 0, 0


def result(ok, message):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL " + message)


def finish():
    """Prints 'N passed, N failed' and exits non-zero on any failure."""
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
