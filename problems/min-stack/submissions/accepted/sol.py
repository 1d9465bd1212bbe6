class MinStack:

    def __init__(self):
        self.vals = []
        self.mins = []  # mins[i]: the minimum of vals[0..i]

    def push(self, x: int) -> None:
        self.vals.append(x)
        m = self.mins
        m.append(x if not m or x < m[-1] else m[-1])

    def pop(self) -> None:
        self.vals.pop()
        self.mins.pop()

    def top(self) -> int:
        return self.vals[-1]

    def getMin(self) -> int:
        return self.mins[-1]
