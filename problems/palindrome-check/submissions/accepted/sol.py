import sys

NOT_ALNUM = bytes(c for c in range(256) if not chr(c).isascii() or not chr(c).isalnum())


def main():
    lines = sys.stdin.buffer.read().split(b'\n')
    t = int(lines[0])
    out = []
    for k in range(1, t + 1):
        s = lines[k] if k < len(lines) else b''
        s = s.lower().translate(None, NOT_ALNUM)
        out.append('YES' if s == s[::-1] else 'NO')
    sys.stdout.write('\n'.join(out) + '\n')


main()
