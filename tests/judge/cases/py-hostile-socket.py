# expect: AC RE
import socket
try:
    s = socket.create_connection(("127.0.0.1", 80), timeout=1)
    print("CONNECTED")
    raise SystemExit(0)
except OSError:
    pass
a, b = map(int, input().split())
print(a + b)
