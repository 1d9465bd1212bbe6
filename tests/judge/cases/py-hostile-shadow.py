# expect: AC
try:
    with open("/etc/shadow") as f:
        f.read(1)
    print("LEAKED")
    raise SystemExit(0)
except OSError:
    pass
a, b = map(int, input().split())
print(a + b)
