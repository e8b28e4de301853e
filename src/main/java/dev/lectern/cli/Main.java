package dev.lectern.cli;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lectern} command: builds research-digest sites from paper listings. */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a cross-linked research-digest site from paper listings.")
public final class Main implements Runnable {

    /**
     * The commands by name, in the order the help lists them. Picocli reads a command's annotations by reflection
     * when it is added, so a run adds only the command it runs, and all of them only to list them.
     */
    private static final Map<String, Class<?>> COMMANDS = commands(BuildCommand.class, ServeCommand.class,
            CheckCommand.class, PackCommand.class, NewCommand.class, TopicsCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code: 0 built, 1 the input cannot be built, 2 usage error. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests. */
    public static int run(String... args) {
        return run(Clock.systemDefaultZone(), args);
    }

    /**
     * Runs the command line with {@code clock} telling the day (which decides the reading group's next meeting and
     * the date of a new digest), for tests.
     */
    public static int run(Clock clock, String... args) {
        CommandLine cli = new CommandLine(new Main(), new ClockFactory(clock));
        Class<?> command = args.length == 0 || args[0].equals("help") ? null : COMMANDS.get(args[0]);
        if (command != null) {
            cli.addSubcommand(command);
        } else {
            COMMANDS.values().forEach(cli::addSubcommand);
        }
        cli.setExecutionExceptionHandler(new Failures());
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to Failures; the output folder was left as it was on the way out
            cli.getErr().printf("lectern: error: Java ran out of memory (its heap may grow to %d MiB)%n"
                    + "  hint: give it more, e.g. LECTERN_JAVA_OPTS=-Xmx4g ./lectern build "
                    + "(or java -Xmx4g -jar target/lectern.jar build); the output folder was not changed%n",
                    Runtime.getRuntime().maxMemory() >> 20);
            cli.getErr().flush();
            return 1;
        }
    }

    private static Map<String, Class<?>> commands(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            byName.put(type.getAnnotation(Command.class).name(), type);
        }
        return Collections.unmodifiableMap(byName);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try `lectern build`");
    }

    /** Creates the commands that need to know the day with the clock they are to read it from. */
    private record ClockFactory(Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(clock));
            }
            if (type == NewCommand.DigestCommand.class) {
                return type.cast(new NewCommand.DigestCommand(clock));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"lectern " + (v == null ? "(development build)" : v)};
        }
    }
}
