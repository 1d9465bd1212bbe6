# expect: TLE
x = 0
while True:
    x += 1
