// expect: WA
import java.util.*;

public class Main {
	public static void main(String[] args) {
		Scanner s = new Scanner(System.in);
		long a = s.nextLong(), b = s.nextLong();
		System.out.println((int)(a + b));	/* overflows on large tests */
	}
}
