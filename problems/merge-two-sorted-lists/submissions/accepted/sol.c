/**
 * Definition for singly-linked list.
 * struct ListNode {
 *     int val;
 *     struct ListNode *next;
 * };
 */
struct ListNode* mergeTwoLists(struct ListNode* list1, struct ListNode* list2) {
    struct ListNode dummy = {0, NULL};
    struct ListNode *tail = &dummy;
    while (list1 != NULL && list2 != NULL) {
        if (list2->val < list1->val) {
            tail->next = list2;
            list2 = list2->next;
        } else {
            tail->next = list1;
            list1 = list1->next;
        }
        tail = tail->next;
    }
    tail->next = list1 != NULL ? list1 : list2;
    return dummy.next;
}
