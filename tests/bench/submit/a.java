// A+B: the Java reference for tests/bench/submit.sh.  The class is Main
// (the name the web path gives it); the bench hands `check` a Main.java.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
	public static void main(String[] args) throws Exception {
		BufferedReader in = new BufferedReader(
		    new InputStreamReader(System.in));
		StringBuilder sb = new StringBuilder();
		String line;
		while ((line = in.readLine()) != null)
			sb.append(line).append(' ');
		StringTokenizer t = new StringTokenizer(sb.toString());
		long a = Long.parseLong(t.nextToken());
		long b = Long.parseLong(t.nextToken());
		System.out.println(a + b);
	}
}
