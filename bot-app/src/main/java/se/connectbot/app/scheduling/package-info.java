/**
 * The bot's periodic jobs, cluster-safe: db-scheduler recurring tasks, whose next run is a row in
 * PostgreSQL ({@code scheduled_tasks}, the core's migration V10) that exactly one instance takes
 * when it is due. So several instances behind a load balancer run each job once per period, a
 * restart does not postpone it, and an instance that dies mid-run has its run taken over once
 * its heartbeats stop. Every instance must register every task (a task unknown to the instance
 * that polls it is left alone, with a warning). Capabilities declare their own tasks beside
 * their code (the web chat's link clean-up in {@code webchat}); the core's housekeeping is
 * scheduled here, since the core owns no threads.
 */
@NullMarked
package se.connectbot.app.scheduling;

import org.jspecify.annotations.NullMarked;
