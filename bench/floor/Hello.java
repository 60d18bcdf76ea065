/** The floor of a Java command here: a JVM that prints one line and exits (bench/floor.sh). */
public final class Hello {
    private Hello() {}

    public static void main(String[] args) {
        System.out.println("runmuscle 0.1.0");
    }
}
