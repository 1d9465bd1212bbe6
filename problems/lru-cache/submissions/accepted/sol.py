class LRUCache:

    def __init__(self, capacity: int):
        self.cap = capacity
        self.d = OrderedDict()

    def get(self, key: int) -> int:
        d = self.d
        if key not in d:
            return -1
        d.move_to_end(key)
        return d[key]

    def put(self, key: int, value: int) -> None:
        d = self.d
        d[key] = value
        d.move_to_end(key)
        if len(d) > self.cap:
            d.popitem(last=False)
