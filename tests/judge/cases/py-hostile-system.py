# expect: AC RE
# os.system needs /bin/sh and a second exec: both refused.
import os
try:
    os.system("echo PWNED")
except OSError:
    pass
a, b = map(int, input().split())
print(a + b)
