import sys

OPEN_OF = {ord(')'): ord('('), ord(']'): ord('['), ord('}'): ord('{')}


def valid(s):
    st = []
    push = st.append
    pop = st.pop
    open_of = OPEN_OF
    for c in s:
        o = open_of.get(c)
        if o is None:
            push(c)
        elif not st or pop() != o:
            return False
    return not st


def main():
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = ['YES' if valid(s) else 'NO' for s in data[1:1 + t]]
    sys.stdout.write('\n'.join(out) + '\n')


main()
