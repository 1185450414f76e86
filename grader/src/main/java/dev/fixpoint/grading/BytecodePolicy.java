package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.Capability;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scans the bytecode of submitted classes for what a lab does not allow: stopping the JVM, starting
 * processes, native code, JDK internals, class loaders, the process's standard streams, and (unless the lab
 * allows them) reflection, threads and raw network access. Calls, field accesses and method handles are ruled
 * by member, with the JDK facilities that call members by name on the caller's behalf (java.beans, JNDI,
 * scripting, JMX) ruled like reflection itself; class literals, casts, arrays, dynamic constants and descriptors
 * are ruled by the types they hold; SQL text that makes the database run Java is refused too. It gives precise
 * feedback and stops lazy cheats; the sandbox, not this scan, is the security boundary. (Most of its length is
 * the table of rules.)
 */
final class BytecodePolicy {

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
    private record Entry(String owner, String member, String descriptor, Rule rule) {
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

    private static final List<Entry> ENTRIES = entries(Map.of(
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
    private static final Map<String, Rule> SUPERCLASSES = Map.of(
            "java/lang/Thread", Rule.THREADS,
            "java/lang/ClassLoader", Rule.CLASS_LOADING,
            "java/net/URLClassLoader", Rule.CLASS_LOADING,
            "java/security/SecureClassLoader", Rule.CLASS_LOADING);

    /** Bootstrap methods javac emits for lambdas, string concatenation, records and switches. */
    private static final Set<String> ALLOWED_BOOTSTRAPS = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods", "java/lang/runtime/SwitchBootstraps",
            "java/lang/invoke/ConstantBootstraps");

    /** SQL that defines a Java function, trigger or aggregate, which H2 then loads, compiles or calls by name. */
    private static final java.util.regex.Pattern JAVA_IN_SQL = java.util.regex.Pattern.compile(
            "(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:FORCE\\s+)?(ALIAS|TRIGGER|AGGREGATE)\\b");

    private static final Map<String, List<String>> LINEAGES = new java.util.concurrent.ConcurrentHashMap<>();

    private BytecodePolicy() {
    }

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
    private static String elementType(String descriptor) {
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

    /**
     * Scans classes and returns every violation, in source order.
     *
     * @param classes     binary name to class file, only the submitted ones
     * @param classSource binary name to the source path that produced it
     * @param allowed     what the lab allows beyond the default
     */
    static List<PolicyViolation> scan(Map<String, byte[]> classes, Map<String, String> classSource, Set<Capability> allowed) {
        Set<PolicyViolation> violations = new LinkedHashSet<>();
        Map<String, List<String>> supertypes = new java.util.HashMap<>();
        classes.values().forEach(bytes -> {
            ClassReader reader = new ClassReader(bytes);
            List<String> direct = new ArrayList<>(List.of(reader.getInterfaces()));
            if (reader.getSuperName() != null) {
                direct.addFirst(reader.getSuperName());
            }
            supertypes.put(reader.getClassName(), direct);
        });
        classes.forEach((name, bytes) -> {
            String file = classSource.getOrDefault(name, name.replace('.', '/') + ".class");
            new ClassReader(bytes).accept(new Scanner(file, allowed, supertypes, violations), ClassReader.SKIP_FRAMES);
        });
        return violations.stream()
                .sorted(java.util.Comparator.comparing(PolicyViolation::file).thenComparingInt(PolicyViolation::line))
                .toList();
    }

    private static final class Scanner extends ClassVisitor {
        private final String file;
        private final Set<Capability> allowed;
        private final Map<String, List<String>> supertypes;
        private final Set<PolicyViolation> violations;
        /** Types already looked up by {@link #typeEntry}: descriptors name the same few types over and over. */
        private final Map<String, java.util.Optional<Entry>> typeEntries = new java.util.HashMap<>();
        private int firstLine;

        /** @param supertypes each submitted class's superclass and interfaces (internal names) */
        Scanner(String file, Set<Capability> allowed, Map<String, List<String>> supertypes, Set<PolicyViolation> violations) {
            super(Opcodes.ASM9);
            this.file = file;
            this.allowed = allowed;
            this.supertypes = supertypes;
            this.violations = violations;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            Rule rule = superName == null ? null : SUPERCLASSES.get(superName);
            if (rule != null) {
                report(0, "extends " + superName.replace('/', '.'), rule);
            }
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                report(0, "native method " + name, Rule.NATIVE);
            }
            return new MethodVisitor(Opcodes.ASM9) {
                private int line;

                @Override
                public void visitLineNumber(int number, org.objectweb.asm.Label start) {
                    line = number;
                    if (firstLine == 0) {
                        firstLine = number;
                    }
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String member, String desc, boolean isInterface) {
                    checkMember(line, owner, member, desc);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String member, String desc) {
                    checkMember(line, owner, member, desc);
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    switch (opcode) {
                        case Opcodes.NEW -> checkMember(line, type, "<init>", "");
                        case Opcodes.CHECKCAST -> checkType(line, Type.getObjectType(type).getDescriptor(), "cast");
                        case Opcodes.INSTANCEOF -> checkType(line, Type.getObjectType(type).getDescriptor(), "instanceof");
                        default -> checkType(line, "[" + Type.getObjectType(type).getDescriptor(), "array");
                    }
                }

                @Override
                public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
                    checkType(line, descriptor, "array");
                }

                @Override
                public void visitInvokeDynamicInsn(String member, String desc, Handle bootstrap, Object... arguments) {
                    checkBootstrap(line, bootstrap, arguments);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    checkConstant(line, value);
                }
            };
        }

        private void checkBootstrap(int line, Handle bootstrap, Object[] arguments) {
            if (!ALLOWED_BOOTSTRAPS.contains(bootstrap.getOwner())) {
                report(line, "bootstrap method " + bootstrap.getOwner().replace('/', '.') + "." + bootstrap.getName(), Rule.REFLECTION);
            }
            for (Object argument : arguments) {
                checkConstant(line, argument);
            }
        }

        /** A constant-pool entry: class literals, method handles, dynamic constants and SQL text are uses too. */
        private void checkConstant(int line, Object value) {
            switch (value) {
                case Handle handle -> checkMember(line, handle.getOwner(), handle.getName(), handle.getDesc());
                case ConstantDynamic dynamic -> {
                    Object[] arguments = new Object[dynamic.getBootstrapMethodArgumentCount()];
                    for (int i = 0; i < arguments.length; i++) {
                        arguments[i] = dynamic.getBootstrapMethodArgument(i);
                    }
                    checkBootstrap(line, dynamic.getBootstrapMethod(), arguments);
                    // The constant is a value of its type, as if loaded from a field of that type.
                    checkType(line, dynamic.getDescriptor(), "dynamic constant");
                }
                case Type type when type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY ->
                        checkType(line, type.getDescriptor(), "class literal");
                case String text -> checkSql(line, text);
                default -> {
                }
            }
        }

        /**
         * A member used by an instruction or a method handle: ruled by its owner and name, or else by the forbidden
         * types its descriptor passes in or out ({@code new FileOutputStream(FileDescriptor)}).
         */
        private void checkMember(int line, String owner, String member, String descriptor) {
            String display = owner.replace('/', '.') + (member.equals("<init>") ? " (constructor)" : "." + member);
            if (check(line, owner, member, descriptor, display)) {
                return;
            }
            List<Type> types = new ArrayList<>();
            if (descriptor.startsWith("(")) {
                types.addAll(List.of(Type.getArgumentTypes(descriptor)));
                types.add(Type.getReturnType(descriptor));
            } else if (!descriptor.isEmpty()) {
                types.add(Type.getType(descriptor));
            }
            for (Type type : types) {
                String name = elementType(type.getDescriptor());
                // Package rules stay out: library methods take java.lang.reflect.Type and the like as plain parameters.
                Entry entry = name == null ? null : typeEntry(name, false);
                if (entry != null && !allows(entry.rule())) {
                    report(line, display + " with " + name.replace('/', '.'), entry.rule());
                    return;
                }
            }
        }

        /** A type used as such (a class literal, cast, instanceof, array or constant): refused when the type is, as a whole. */
        private void checkType(int line, String descriptor, String use) {
            String name = elementType(descriptor);
            Entry entry = name == null ? null : typeEntry(name, true);
            if (entry != null && !allows(entry.rule())) {
                report(line, name.replace('/', '.') + " (" + use + ")", entry.rule());
            }
        }

        /** The first entry that rules the type as a whole, through its supertypes; package rules only for the type itself. */
        private Entry typeEntry(String type, boolean packages) {
            return typeEntries.computeIfAbsent((packages ? "+" : "-") + type, key -> java.util.Optional.ofNullable(findTypeEntry(type, packages)))
                    .orElse(null);
        }

        private Entry findTypeEntry(String type, boolean packages) {
            Entry allowedMatch = null;
            for (String candidate : types(type)) {
                for (Entry entry : ENTRIES) {
                    boolean applies = entry.isPackage() ? packages && candidate.equals(type) : true;
                    if (applies && entry.wholeType() && entry.ownerMatches(candidate)) {
                        if (!allows(entry.rule())) {
                            return entry;
                        }
                        allowedMatch = entry;
                    }
                }
            }
            return allowedMatch;
        }

        /**
         * SQL that makes the database run Java: H2 calls any static method named in {@code CREATE ALIAS ... FOR} and
         * compiles the source in {@code CREATE ALIAS ... AS}, where this scan never looks. Text built at run time
         * gets past this; H2's own setting in the worker and the sandbox are what stop it there.
         */
        private void checkSql(int line, String text) {
            java.util.regex.Matcher matcher = JAVA_IN_SQL.matcher(text);
            if (matcher.find()) {
                report(line, "the SQL statement CREATE " + matcher.group(1).toUpperCase(java.util.Locale.ROOT)
                        + " (Java code run by the database)", Rule.CLASS_LOADING);
            }
        }

        /** Reports the first entry that rules the member and is not allowed; says whether any entry ruled it. */
        private boolean check(int line, String owner, String member, String descriptor, String display) {
            boolean ruled = false;
            for (String type : types(owner)) {
                for (Entry entry : ENTRIES) {
                    // Package rules name where code lives, so they apply to the owner alone, not to its supertypes.
                    boolean applies = type.equals(owner) || !entry.isPackage();
                    if (applies && entry.matches(type, member, descriptor)) {
                        ruled = true;
                        // A member may fall under two rules (an asynchronous socket starts threads too): both must allow it.
                        if (!allows(entry.rule())) {
                            report(line, display, entry.rule());
                            return true;
                        }
                    }
                }
            }
            return ruled;
        }

        /**
         * The owner and its supertypes: a submitted class brings its JDK supertypes' rules with it, so that
         * {@code new MyList().parallelStream()} is ruled like {@code List.parallelStream}.
         */
        private List<String> types(String owner) {
            if (!supertypes.containsKey(owner)) {
                return lineage(owner);
            }
            LinkedHashSet<String> types = new LinkedHashSet<>();
            java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(List.of(owner));
            while (!pending.isEmpty()) {
                String type = pending.poll();
                List<String> direct = supertypes.get(type);
                if (direct == null) {
                    types.addAll(lineage(type));
                } else if (types.add(type)) {
                    pending.addAll(direct);
                }
            }
            return List.copyOf(types);
        }

        private boolean allows(Rule rule) {
            return rule.capability != null && allowed.contains(rule.capability);
        }

        private void report(int line, String member, Rule rule) {
            if (!allows(rule)) {
                violations.add(new PolicyViolation(file, line == 0 ? firstLine : line, member, rule.description));
            }
        }
    }
}
