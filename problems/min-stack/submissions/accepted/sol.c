/* Each slot keeps its value and the minimum of the stack up to it. */
typedef struct {
    int *val, *min;
    int size, cap;
} MinStack;


MinStack* minStackCreate(void) {
    MinStack *s = calloc(1, sizeof(*s));
    s->cap = 16;
    s->val = malloc(s->cap * sizeof(int));
    s->min = malloc(s->cap * sizeof(int));
    return s;
}

void minStackPush(MinStack* obj, int x) {
    if (obj->size == obj->cap) {
        obj->cap *= 2;
        obj->val = realloc(obj->val, obj->cap * sizeof(int));
        obj->min = realloc(obj->min, obj->cap * sizeof(int));
    }
    int m = obj->size > 0 && obj->min[obj->size - 1] < x ?
        obj->min[obj->size - 1] : x;
    obj->val[obj->size] = x;
    obj->min[obj->size++] = m;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->val[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->min[obj->size - 1];
}

void minStackFree(MinStack* obj) {
    free(obj->val);
    free(obj->min);
    free(obj);
}
