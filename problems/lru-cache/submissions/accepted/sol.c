/* Keys are at most 10^4: index nodes by key; a circular list with a
 * sentinel keeps the most recent use first. */
#define MAXKEY 10001

typedef struct Node {
    int key, value, used;
    struct Node *prev, *next;
} Node;

typedef struct {
    int capacity, size;
    Node head;
    Node nodes[MAXKEY];
} LRUCache;

static void unlink_node(Node *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void push_front(LRUCache *c, Node *n) {
    n->next = c->head.next;
    n->prev = &c->head;
    c->head.next->prev = n;
    c->head.next = n;
}

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache *c = calloc(1, sizeof(*c));
    c->capacity = capacity;
    c->head.next = c->head.prev = &c->head;
    return c;
}

int lRUCacheGet(LRUCache* obj, int key) {
    Node *n = &obj->nodes[key];
    if (!n->used)
        return -1;
    unlink_node(n);
    push_front(obj, n);
    return n->value;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    Node *n = &obj->nodes[key];
    if (n->used) {
        n->value = value;
        unlink_node(n);
        push_front(obj, n);
        return;
    }
    n->used = 1;
    n->key = key;
    n->value = value;
    push_front(obj, n);
    if (++obj->size > obj->capacity) {
        Node *old = obj->head.prev;
        unlink_node(old);
        old->used = 0;
        obj->size--;
    }
}

void lRUCacheFree(LRUCache* obj) {
    free(obj);
}
