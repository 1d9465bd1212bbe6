# expect: TLE RE MLE AC
# thread bomb: the pids limit refuses new threads.
import sys
import threading
import time

made = 0
try:
    for _ in range(100000):
        threading.Thread(target=time.sleep, args=(1000,), daemon=True).start()
        made += 1
except RuntimeError:
    pass
if made > 1000:
    print("THREADS", made)
    sys.exit(0)
a, b = map(int, input().split())
print(a + b)
