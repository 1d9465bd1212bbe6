import sys


def main():
    words = sys.stdin.buffer.read().split()
    words.reverse()
    sys.stdout.buffer.write(b' '.join(words) + b'\n')


main()
