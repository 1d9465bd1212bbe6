# expect: AC RE
import os
import sys

try:
    os.setuid(0)
    print("ROOT")
    sys.exit(0)
except OSError:
    pass
a, b = map(int, input().split())
print(a + b)
