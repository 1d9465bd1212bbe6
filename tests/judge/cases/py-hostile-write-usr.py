# expect: AC
# canary: /usr/verdict-judge-canary-py
try:
    with open("/usr/verdict-judge-canary-py", "w") as f:
        f.write("x")
    print("WROTE")
    raise SystemExit(0)
except OSError:
    pass
a, b = map(int, input().split())
print(a + b)
