import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + 2 * n]))
    iv = sorted(zip(nums[0::2], nums[1::2]))
    out = []
    cl, cr = iv[0]
    for l, r in iv:
        if l <= cr:
            if r > cr:
                cr = r
        else:
            out.append('%d %d' % (cl, cr))
            cl, cr = l, r
    out.append('%d %d' % (cl, cr))
    sys.stdout.write('%d\n%s\n' % (len(out), '\n'.join(out)))


main()
