// expect: AC
// the file name is no Java identifier, so the class is Main
import java.io.*;
import java.util.*;

public class Main {
	public static void main(String[] args) throws IOException {
		BufferedReader r = new BufferedReader(
		    new InputStreamReader(System.in));
		StringTokenizer t = new StringTokenizer(r.readLine());
		long a = Long.parseLong(t.nextToken());
		long b = Long.parseLong(t.nextToken());
		System.out.println(a + b);
	}
}
