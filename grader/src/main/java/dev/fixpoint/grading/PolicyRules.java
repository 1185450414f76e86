package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.Capability;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bytecode policy's rules: which JDK members and types each rule refuses, and how a type's JDK supertypes
 * are found. A table, and long because the JDK has many ways to reach the same thing.
 */
final class PolicyRules {

    /** A kind of forbidden use; {@code capability} is what a lab may declare to allow it, or null. */
    enum Rule {
        EXIT("stopping the JVM", null),
        PROCESS("process creation", null),
        NATIVE("native code", null),
        INTERNALS("JDK internals", null),
        CLASS_LOADING("class loading", null),
        STANDARD_STREAMS("the process's standard streams", null),
        REFLECTION("reflection", Capability.REFLECTION),
        THREADS("starting threads", Capability.THREADS),
        NETWORK("raw network access", Capability.NETWORK);

        final String description;
        final Capability capability;

        Rule(String description, Capability capability) {
            this.description = description;
            this.capability = capability;
        }
    }

    /**
     * Owner (internal name, or a package prefix ending in '/') and member to rule; the member may hold one '*'
     * standing for any text ("*" for all members, "add*", "*Async"), and the start of a descriptor where a name
     * alone would rule too much ("forEach(J" is the parallel forEach, not Map.forEach).
     */
    record Entry(String owner, String member, String descriptor, Rule rule) {
        boolean matches(String owner, String member, String descriptor) {
            if (!ownerMatches(owner) || !descriptor.startsWith(this.descriptor)) {
                return false;
            }
            int star = this.member.indexOf('*');
            if (star < 0) {
                return this.member.equals(member);
            }
            String before = this.member.substring(0, star);
            String after = this.member.substring(star + 1);
            return member.length() >= before.length() + after.length() && member.startsWith(before) && member.endsWith(after);
        }

        boolean ownerMatches(String owner) {
            return isPackage() ? owner.startsWith(this.owner) : owner.equals(this.owner);
        }

        boolean isPackage() {
            return owner.endsWith("/");
        }

        /** Whether the entry rules a type as a whole (a package, or "Type.*"), so that merely holding one is a use. */
        boolean wholeType() {
            return member.equals("*") && descriptor.isEmpty();
        }
    }

    static final List<Entry> ENTRIES = entries(Map.of(
            Rule.EXIT, List.of("java/lang/System.exit", "java/lang/Runtime.exit", "java/lang/Runtime.halt",
                    "java/lang/Runtime.addShutdownHook"),
            Rule.PROCESS, List.of("java/lang/Runtime.exec", "java/lang/ProcessBuilder.*", "java/lang/ProcessHandle.*",
                    "java/lang/ProcessHandle$Info.*", "java/lang/Process.*", "java/awt/Desktop.*"),
            Rule.NATIVE, List.of("java/lang/System.load", "java/lang/System.loadLibrary", "java/lang/Runtime.load",
                    "java/lang/Runtime.loadLibrary", "java/lang/foreign/.*"),
            // The JVM's management and debugging interfaces run diagnostic commands (one loads native agents) by name.
            Rule.INTERNALS, List.of("sun/.*", "jdk/internal/.*", "com/sun/jna/.*", "java/lang/instrument/.*", "java/lang/Module.add*",
                    "java/lang/ModuleLayer.*", "javax/management/.*", "com/sun/management/.*", "com/sun/tools/.*", "com/sun/jdi/.*",
                    "java/lang/management/ManagementFactory.getPlatformMBeanServer",
                    "java/lang/management/ManagementFactory.newPlatformMXBeanProxy"),
            // Compilers, script engines and service lookups run code that was never scanned.
            Rule.CLASS_LOADING, List.of("java/lang/ClassLoader.*", "java/net/URLClassLoader.*", "java/security/SecureClassLoader.*",
                    "java/lang/invoke/MethodHandles$Lookup.defineClass", "java/lang/invoke/MethodHandles$Lookup.defineHiddenClass",
                    "java/lang/Thread.setContextClassLoader", "java/lang/Class.getClassLoader", "javax/tools/.*", "javax/script/.*",
                    "jdk/jshell/.*", "java/util/ServiceLoader.*"),
            Rule.STANDARD_STREAMS, List.of("java/io/FileDescriptor.*", "java/lang/System.setOut", "java/lang/System.setErr",
                    "java/lang/System.setIn", "java/lang/System.console"),
            Rule.REFLECTION, List.of("java/lang/reflect/.*", "java/lang/invoke/MethodHandles.*", "java/lang/invoke/MethodHandles$Lookup.*",
                    "java/lang/invoke/MethodHandle.*", "java/lang/invoke/VarHandle.*", "java/lang/Class.forName",
                    "java/lang/Class.getDeclaredMethod", "java/lang/Class.getDeclaredMethods", "java/lang/Class.getDeclaredField",
                    "java/lang/Class.getDeclaredFields", "java/lang/Class.getDeclaredConstructor", "java/lang/Class.getDeclaredConstructors",
                    "java/lang/Class.getMethod", "java/lang/Class.getMethods", "java/lang/Class.getField", "java/lang/Class.getFields",
                    "java/lang/Class.getConstructor", "java/lang/Class.getConstructors", "java/lang/Class.newInstance",
                    "java/lang/Class.getRecordComponents", "java/lang/Class.getEnclosingMethod", "java/lang/StackWalker.*",
                    // These call methods and constructors named by a string on the caller's behalf.
                    "java/beans/Statement.*", "java/beans/Expression.*", "java/beans/EventHandler.*", "java/beans/XMLDecoder.*",
                    "java/beans/XMLEncoder.*", "java/beans/Encoder.*", "java/beans/PersistenceDelegate.*",
                    "java/beans/DefaultPersistenceDelegate.*", "java/beans/Beans.*", "java/beans/Introspector.*",
                    "java/beans/PropertyEditorManager.*", "java/lang/invoke/MethodHandleProxies.*",
                    "java/util/logging/LogManager.readConfiguration", "java/util/logging/LogManager.updateConfiguration",
                    "javax/naming/.*"),
            Rule.THREADS, List.of("java/lang/Thread.<init>", "java/lang/Thread.start", "java/lang/Thread.ofPlatform",
                    "java/lang/Thread.ofVirtual", "java/lang/Thread.startVirtualThread", "java/lang/Thread$Builder.*",
                    "java/lang/Thread$Builder$OfPlatform.*", "java/lang/Thread$Builder$OfVirtual.*", "java/util/concurrent/Executors.*",
                    "java/util/concurrent/ForkJoinPool.*", "java/util/concurrent/ThreadPoolExecutor.<init>",
                    "java/util/concurrent/ScheduledThreadPoolExecutor.<init>", "java/util/concurrent/CompletableFuture.*Async",
                    "java/util/concurrent/CompletionStage.*Async", "java/util/concurrent/CompletableFuture.delayedExecutor",
                    "java/util/concurrent/CompletableFuture.orTimeout", "java/util/concurrent/CompletableFuture.completeOnTimeout",
                    "java/util/concurrent/ForkJoinTask.fork", "java/util/concurrent/ForkJoinTask.invokeAll", "java/util/Arrays.parallel*",
                    "java/util/Timer.<init>", "java/util/Collection.parallelStream",
                    "java/util/stream/BaseStream.parallel", "java/util/stream/Stream.parallel", "java/util/stream/IntStream.parallel",
                    "java/util/stream/LongStream.parallel", "java/util/stream/DoubleStream.parallel", "java/lang/ref/Cleaner.create",
                    // Each of these runs work on a pool's threads: the common pool, a channel group's or the GUI's.
                    "java/util/concurrent/CompletableFuture.defaultExecutor", "java/util/concurrent/SubmissionPublisher.<init>",
                    "java/util/concurrent/ConcurrentHashMap.forEach(J", "java/util/concurrent/ConcurrentHashMap.forEachKey",
                    "java/util/concurrent/ConcurrentHashMap.forEachValue", "java/util/concurrent/ConcurrentHashMap.forEachEntry",
                    "java/util/concurrent/ConcurrentHashMap.search*", "java/util/concurrent/ConcurrentHashMap.reduce*",
                    "java/nio/channels/AsynchronousFileChannel.open", "java/nio/channels/AsynchronousChannelGroup.*",
                    "java/nio/channels/AsynchronousSocketChannel.open", "java/nio/channels/AsynchronousServerSocketChannel.open",
                    "java/nio/file/FileSystem.newWatchService", "java/awt/EventQueue.invoke*", "javax/swing/SwingUtilities.invoke*",
                    "javax/swing/Timer.<init>", "javax/swing/SwingWorker.execute"),
            Rule.NETWORK, List.of("java/net/Socket.<init>", "java/net/ServerSocket.<init>", "java/net/DatagramSocket.<init>",
                    "java/net/MulticastSocket.<init>", "java/nio/channels/SocketChannel.open", "java/nio/channels/ServerSocketChannel.open",
                    "java/nio/channels/DatagramChannel.open", "java/net/http/HttpClient.*", "java/net/URL.openConnection",
                    "java/net/URL.openStream", "java/net/URI.toURL", "com/sun/net/httpserver/HttpServer.create",
                    "javax/net/.*", "java/nio/channels/AsynchronousSocketChannel.open",
                    "java/nio/channels/AsynchronousServerSocketChannel.open", "java/rmi/.*")));

    /** Classes whose subclasses are refused, by rule. */
    static final Map<String, Rule> SUPERCLASSES = Map.of(
            "java/lang/Thread", Rule.THREADS,
            "java/lang/ClassLoader", Rule.CLASS_LOADING,
            "java/net/URLClassLoader", Rule.CLASS_LOADING,
            "java/security/SecureClassLoader", Rule.CLASS_LOADING);

    /** Bootstrap methods javac emits for lambdas, string concatenation, records and switches. */
    static final Set<String> ALLOWED_BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods", "java/lang/runtime/SwitchBootstraps",
            "java/lang/invoke/ConstantBootstraps");

    /** SQL that defines a Java function, trigger or aggregate, which H2 then loads, compiles or calls by name. */
    static final java.util.regex.Pattern JAVA_IN_SQL = java.util.regex.Pattern.compile(
            "(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:FORCE\\s+)?(ALIAS|TRIGGER|AGGREGATE)\\b");

    private static final Map<String, List<String>> LINEAGES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A JDK type and all its supertypes (internal names), so that {@code List.parallelStream} matches the rule
     * on {@code Collection.parallelStream}. Other types (the submission's own) stand for themselves: their
     * supertypes are checked where they are declared.
     */
    static List<String> lineage(String owner) {
        if (owner.startsWith("[") || !(owner.startsWith("java/") || owner.startsWith("javax/"))) {
            return List.of(owner);
        }
        return LINEAGES.computeIfAbsent(owner, name -> {
            List<String> types = new ArrayList<>();
            try {
                java.util.ArrayDeque<Class<?>> pending = new java.util.ArrayDeque<>();
                pending.add(Class.forName(name.replace('/', '.'), false, ClassLoader.getPlatformClassLoader()));
                while (!pending.isEmpty()) {
                    Class<?> type = pending.poll();
                    String internal = type.getName().replace('.', '/');
                    if (!types.contains(internal)) {
                        types.add(internal);
                        if (type.getSuperclass() != null) {
                            pending.add(type.getSuperclass());
                        }
                        pending.addAll(List.of(type.getInterfaces()));
                    }
                }
            } catch (ClassNotFoundException | LinkageError e) {
                types.add(name);
            }
            return List.copyOf(types);
        });
    }

    /** The class a field or value descriptor names, or the element class of an array; null for primitives. */
    static String elementType(String descriptor) {
        Type type = Type.getType(descriptor);
        if (type.getSort() == Type.ARRAY) {
            type = type.getElementType();
        }
        return type.getSort() == Type.OBJECT ? type.getInternalName() : null;
    }

    private static List<Entry> entries(Map<Rule, List<String>> byRule) {
        List<Entry> entries = new ArrayList<>();
        // In the order of the rules, so that the first matching entry is the most specific one.
        for (Rule rule : Rule.values()) {
            for (String member : byRule.getOrDefault(rule, List.of())) {
                int paren = member.indexOf('(');
                String name = paren < 0 ? member : member.substring(0, paren);
                int dot = name.lastIndexOf('.');
                entries.add(new Entry(name.substring(0, dot), name.substring(dot + 1), paren < 0 ? "" : member.substring(paren), rule));
            }
        }
        return List.copyOf(entries);
    }

    private PolicyRules() {
    }
}
