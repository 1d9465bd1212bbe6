// expect: AC RE
import java.util.*;

public class Main {
	public static void main(String[] args) throws Exception {
		try {
			Process p = Runtime.getRuntime().exec(
			    new String[] { "/bin/sh", "-c", "echo PWNED" });
			p.waitFor();
			System.out.println("SPAWNED");
			return;
		} catch (Exception e) {
		}
		Scanner s = new Scanner(System.in);
		System.out.println(s.nextLong() + s.nextLong());
	}
}
