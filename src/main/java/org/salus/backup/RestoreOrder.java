package org.salus.backup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which a restore fills tables so that every foreign key holds at every insert,
 * worked out from the foreign keys alone (no table is named here).
 * <p>
 * Foreign keys can form cycles: {@code article.published_revision_id} points at a revision and
 * {@code revision.article_id} at its article; {@code article.translation_of} points at another
 * article. Such a key is <em>deferred</em> when its columns are nullable: its rows are inserted
 * with those columns null, and the values are set once every table is filled. Keys outside
 * cycles (and NOT NULL keys inside them) order the tables, parents first. The result is portable
 * (no disabled constraints, no deferrable-constraint tricks) and every constraint is checked.
 *
 * @param tables   parents before children; ties in name order, so the order is stable
 * @param deferred per table, the columns inserted as null and set afterwards
 */
record RestoreOrder(List<Table> tables, Map<String, Set<String>> deferred) {

    RestoreOrder {
        tables = List.copyOf(tables);
        deferred = Map.copyOf(deferred);
    }

    Set<String> deferredColumns(Table table) {
        return deferred.getOrDefault(table.name(), Set.of());
    }

    static RestoreOrder of(Collection<Table> tables) {
        Map<String, Table> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Map<String, Integer> component = new StronglyConnected(byName).components();

        Map<String, Set<String>> deferred = new TreeMap<>();
        Map<String, Set<String>> parents = new TreeMap<>(); // hard edges: child -> parents that must come first
        for (Table table : byName.values()) {
            parents.put(table.name(), new TreeSet<>());
            for (ForeignKey key : table.foreignKeys()) {
                if (!byName.containsKey(key.parent())) {
                    continue; // points outside the backed-up tables
                }
                boolean inCycle = component.get(key.parent()).equals(component.get(table.name()));
                boolean nullable = key.columns().stream()
                        .allMatch(c -> table.column(c).map(Column::nullable).orElse(false));
                if (inCycle && nullable) {
                    deferred.computeIfAbsent(table.name(), n -> new LinkedHashSet<>())
                            .addAll(key.columns());
                } else if (!key.parent().equals(table.name())) {
                    parents.get(table.name()).add(key.parent());
                }
                // A NOT NULL key to its own table: rows go in primary-key order, oldest first.
            }
        }
        return new RestoreOrder(parentsFirst(byName, parents), deferred);
    }

    private static List<Table> parentsFirst(Map<String, Table> byName, Map<String, Set<String>> parents) {
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        parents.forEach((child, ps) -> {
            waitingFor.put(child, ps.size());
            ps.forEach(p -> children.computeIfAbsent(p, x -> new ArrayList<>()).add(child));
        });
        PriorityQueue<String> ready = new PriorityQueue<>();
        waitingFor.forEach((name, count) -> {
            if (count == 0) {
                ready.add(name);
            }
        });
        List<Table> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            order.add(byName.get(name));
            for (String child : children.getOrDefault(name, List.of())) {
                if (waitingFor.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (order.size() < byName.size()) {
            Set<String> stuck = new TreeSet<>(byName.keySet());
            order.forEach(t -> stuck.remove(t.name()));
            throw new BackupException("tables " + stuck + " form a cycle of NOT NULL foreign keys, which no restore"
                    + " can fill; make one of the keys nullable");
        }
        return order;
    }

    /** Tarjan's strongly connected components of the foreign-key graph: tables in one cycle share a number. */
    private static final class StronglyConnected {

        private final Map<String, Table> tables;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new LinkedHashSet<>();
        private final Map<String, Integer> component = new HashMap<>();
        private int counter;

        StronglyConnected(Map<String, Table> tables) {
            this.tables = tables;
        }

        Map<String, Integer> components() {
            tables.keySet().forEach(name -> {
                if (!index.containsKey(name)) {
                    visit(name);
                }
            });
            return component;
        }

        private void visit(String name) {
            index.put(name, counter);
            low.put(name, counter++);
            stack.push(name);
            onStack.add(name);
            for (ForeignKey key : tables.get(name).foreignKeys()) {
                String parent = key.parent();
                if (!tables.containsKey(parent)) {
                    continue;
                }
                if (!index.containsKey(parent)) {
                    visit(parent);
                    low.put(name, Math.min(low.get(name), low.get(parent)));
                } else if (onStack.contains(parent)) {
                    low.put(name, Math.min(low.get(name), index.get(parent)));
                }
            }
            if (low.get(name).equals(index.get(name))) {
                String member;
                do {
                    member = stack.pop();
                    onStack.remove(member);
                    component.put(member, index.get(name));
                } while (!member.equals(name));
            }
        }
    }
}
