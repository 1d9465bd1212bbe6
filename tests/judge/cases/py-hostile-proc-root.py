# expect: AC
# the host's files through /proc/1/root or other processes: not there.
import glob
import os
import sys

for p in ["/proc/1/root/etc/shadow", "/proc/1/root/work"] + \
        glob.glob("/proc/*/root/work"):
    if os.path.exists(p):
        print("FOUND", p)
        sys.exit(0)
a, b = map(int, input().split())
print(a + b)
