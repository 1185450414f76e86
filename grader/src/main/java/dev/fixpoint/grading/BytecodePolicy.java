package dev.fixpoint.grading;

import dev.fixpoint.catalog.LabManifest.Capability;
import dev.fixpoint.grading.PolicyRules.Entry;
import dev.fixpoint.grading.PolicyRules.Rule;
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

import static dev.fixpoint.grading.PolicyRules.ALLOWED_BOOTSTRAPS;
import static dev.fixpoint.grading.PolicyRules.ENTRIES;
import static dev.fixpoint.grading.PolicyRules.JAVA_IN_SQL;
import static dev.fixpoint.grading.PolicyRules.SUPERCLASSES;
import static dev.fixpoint.grading.PolicyRules.elementType;
import static dev.fixpoint.grading.PolicyRules.lineage;

/**
 * Scans the bytecode of submitted classes for what a lab does not allow: stopping the JVM, starting
 * processes, native code, JDK internals, class loaders, the process's standard streams, and (unless the lab
 * allows them) reflection, threads and raw network access. Calls, field accesses and method handles are ruled
 * by member, with the JDK facilities that call members by name on the caller's behalf (java.beans, JNDI,
 * scripting, JMX) ruled like reflection itself; class literals, casts, arrays, dynamic constants and descriptors
 * are ruled by the types they hold; SQL text that makes the database run Java is refused too. It gives precise
 * feedback and stops lazy cheats; the sandbox, not this scan, is the security boundary. The rules are in
 * {@link PolicyRules}; this is the scanner, long because each place a class file can hold a member or a type
 * has its own check.
 */
final class BytecodePolicy {

    private BytecodePolicy() {
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
