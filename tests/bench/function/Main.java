// Main.java: rotate-array as a stdin/stdout program (reversals, as sol.java).
import java.io.*;
import java.util.*;

public class Main {
    private static void reverse(int[] a, int i, int j) {
        for (j--; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader r = new BufferedReader(
            new InputStreamReader(System.in), 1 << 16);
        StringTokenizer t = new StringTokenizer(r.readLine());
        int n = Integer.parseInt(t.nextToken());
        int k = Integer.parseInt(t.nextToken());
        int[] nums = new int[n];
        t = new StringTokenizer(r.readLine());
        for (int i = 0; i < n; i++)
            nums[i] = Integer.parseInt(t.nextToken());
        k %= n;
        reverse(nums, 0, n);
        reverse(nums, 0, k);
        reverse(nums, k, n);
        StringBuilder sb = new StringBuilder(12 * n);
        for (int i = 0; i < n; i++) {
            sb.append(nums[i]);
            sb.append(i + 1 < n ? ' ' : '\n');
        }
        PrintWriter w = new PrintWriter(new BufferedWriter(
            new OutputStreamWriter(System.out), 1 << 16));
        w.print(sb);
        w.flush();
    }
}
