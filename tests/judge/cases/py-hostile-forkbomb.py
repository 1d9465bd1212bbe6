# expect: TLE RE MLE
import os
while True:
    try:
        os.fork()
    except OSError:
        pass
