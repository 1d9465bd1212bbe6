# expect: AC RE
# raw syscalls through ctypes: ptrace and unshare are refused or killed.
import ctypes
import sys

libc = ctypes.CDLL(None, use_errno=True)
if libc.ptrace(16, 1, 0, 0) == 0 or libc.unshare(0x10000000) == 0:
    print("ESCAPED")
    sys.exit(0)
a, b = map(int, input().split())
print(a + b)
