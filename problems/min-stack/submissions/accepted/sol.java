class MinStack {
    private int[] val = new int[16], min = new int[16];
    private int size = 0;   // min[i]: the minimum of val[0..i]

    public MinStack() {
    }

    public void push(int x) {
        if (size == val.length) {
            val = Arrays.copyOf(val, 2 * size);
            min = Arrays.copyOf(min, 2 * size);
        }
        min[size] = size > 0 ? Math.min(min[size - 1], x) : x;
        val[size++] = x;
    }

    public void pop() {
        size--;
    }

    public int top() {
        return val[size - 1];
    }

    public int getMin() {
        return min[size - 1];
    }
}
