// expect: AC
// lang: java
// Kattis rule: the class name comes from the file name.
import java.util.*;

public class SumNamed {
	static class Pair {
		long a, b;
	}

	public static void main(String[] args) {
		Scanner s = new Scanner(System.in);
		Pair p = new Pair();
		p.a = s.nextLong();
		p.b = s.nextLong();
		System.out.println(p.a + p.b);
	}
}
