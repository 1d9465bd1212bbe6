bool isValid(char* s) {
    size_t n = strlen(s);
    char *stack = malloc(n + 1);
    size_t top = 0;
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        char c = s[i];
        if (c == '(' || c == '[' || c == '{') {
            stack[top++] = c;
        } else {
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            ok = top > 0 && stack[--top] == want;
        }
    }
    ok = ok && top == 0;
    free(stack);
    return ok;
}
