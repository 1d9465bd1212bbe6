class MinStack {
    vector<pair<int, int>> st;  // value, minimum of the stack up to it
public:
    MinStack() {
    }

    void push(int x) {
        st.push_back({x, st.empty() ? x : min(x, st.back().second)});
    }

    void pop() {
        st.pop_back();
    }

    int top() {
        return st.back().first;
    }

    int getMin() {
        return st.back().second;
    }
};
