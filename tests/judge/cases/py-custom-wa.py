# expect: WA
# problem: sum-custom
a, b = map(int, input().split())
print(a, b + 1)
