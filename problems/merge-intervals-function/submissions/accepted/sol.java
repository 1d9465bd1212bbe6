class Solution {
    public int[][] merge(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> res = new ArrayList<>();
        for (int[] iv : intervals) {
            int[] last = res.isEmpty() ? null : res.get(res.size() - 1);
            if (last != null && iv[0] <= last[1])
                last[1] = Math.max(last[1], iv[1]);
            else
                res.add(new int[] {iv[0], iv[1]});
        }
        return res.toArray(new int[0][]);
    }
}
