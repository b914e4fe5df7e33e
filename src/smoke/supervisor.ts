import { constants } from 'node:os';

/**
 * The app's supervisor on Linux: a small Perl program (perl-base is on every Debian and Ubuntu system,
 * GitHub's runners included) that makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER; Node has
 * no binding for it) and then starts the app as its child. A process the app leaves behind — whatever
 * it does: a double fork, setsid, an empty environment — is re-parented to the supervisor instead of
 * init, so every descendant's parent chain leads to it for as long as it runs, and /proc shows them all.
 *
 * The supervisor ignores SIGTERM/SIGINT/SIGHUP/SIGQUIT (the app's group is signalled while it is still
 * needed), keeps none of the app's pipes open, reaps every child, and talks on fd 3:
 *
 *   start <app pid> <1: subreaper, 0: prctl failed>
 *   exit code <n>  |  exit signal <n>          (the app's own process, when it ends)
 *   swept <pid> <pid> …                        (what it killed itself at the end)
 *
 * When its stdin closes (the smoke test is done, or its process was killed outright), it sends SIGKILL to
 * every process still below it, again while orphans keep arriving, reports them, and exits.
 *
 * Arguments: the app's PERL_BADLANG (`-` for none; the supervisor itself runs with PERL_BADLANG=0 so that
 * a locale missing on the machine prints no warning into the app's stderr), then the command line.
 */
export const SUPERVISOR_SCRIPT = String.raw`
use strict;
use POSIX ();
# PERL_BADLANG kept perl quiet about a locale the app may set but the system lacks; the app gets its own.
my $badlang = shift @ARGV;
if ($badlang eq '-') { delete $ENV{PERL_BADLANG}; } else { $ENV{PERL_BADLANG} = $badlang; }
my %prctl = (x86_64 => 157, aarch64 => 167, riscv64 => 167, i386 => 172, i686 => 172, armv7l => 172, armv6l => 172, s390x => 172, ppc64le => 171, ppc64 => 171);
my $nr = $prctl{(POSIX::uname())[4]};
my $subreaper = defined $nr && syscall($nr, 36, 1, 0, 0, 0) == 0 ? 1 : 0;
open(my $report, '>&=', 3) or die "release-kit supervisor: fd 3: $!\n";
select((select($report), $| = 1)[0]);
my $app = fork();
die "release-kit supervisor: fork: $!\n" unless defined $app;
if ($app == 0) {
  close $report;
  open(STDIN, '<', '/dev/null');
  exec { $ARGV[0] } @ARGV;
  print STDERR "cannot start $ARGV[0]: $!\n";
  POSIX::_exit(127);
}
$SIG{$_} = 'IGNORE' for qw(TERM INT HUP QUIT PIPE);
open(STDOUT, '>', '/dev/null');
open(STDERR, '>', '/dev/null');
sub say_ { my ($line) = @_; eval { print $report "$line\n" }; }
say_("start $app $subreaper");
sub reap {
  while ((my $dead = waitpid(-1, POSIX::WNOHANG())) > 0) {
    next unless $dead == $app;
    my $status = $?;
    say_(($status & 127) ? 'exit signal ' . ($status & 127) : 'exit code ' . ($status >> 8));
  }
}
sub below {
  my %parent;
  opendir(my $dir, '/proc') or return ();
  for my $pid (grep { /^\d+$/ } readdir $dir) {
    open(my $fh, '<', "/proc/$pid/stat") or next;
    my $stat = <$fh>;
    next unless defined $stat && $stat =~ /\)\s+(\S)\s+(\d+)/;
    next if $1 eq 'Z' || $1 eq 'X';
    $parent{$pid} = $2;
  }
  my @below;
  for my $pid (keys %parent) {
    my ($cur, $steps) = ($pid, 0);
    while (exists $parent{$cur} && $steps++ < 4096) {
      $cur = $parent{$cur};
      if ($cur == $$) { push @below, $pid; last; }
    }
  }
  return @below;
}
my $bits = '';
vec($bits, fileno(STDIN), 1) = 1;
while (1) {
  reap();
  my $ready = select(my $out = $bits, undef, undef, 0.05);
  next unless $ready > 0;
  my $read = sysread(STDIN, my $buffer, 64);
  if (!defined $read) { next if $!{EINTR}; last; }
  last if $read == 0;
}
my %swept;
for my $round (1 .. 100) {
  reap();
  my @left = below();
  last unless @left;
  $swept{$_} = 1 for @left;
  kill 'KILL', @left;
  select(undef, undef, undef, 0.02);
}
reap();
say_('swept ' . join(' ', sort { $a <=> $b } keys %swept)) if %swept;
exit 0;
`;

/** A line the supervisor wrote on fd 3. */
export type SupervisorMessage =
  | { kind: 'start'; pid: number; subreaper: boolean }
  | { kind: 'exit'; code: number | null; signal: NodeJS.Signals | null }
  | { kind: 'swept'; pids: number[] };

const SIGNAL_NAMES = new Map(Object.entries(constants.signals).map(([name, number]) => [number, name as NodeJS.Signals]));

export function parseSupervisorLine(line: string): SupervisorMessage | undefined {
  const words = line.trim().split(/\s+/);
  if (words[0] === 'start' && words.length === 3) return { kind: 'start', pid: Number(words[1]), subreaper: words[2] === '1' };
  if (words[0] === 'exit' && words[1] === 'code') return { kind: 'exit', code: Number(words[2]), signal: null };
  if (words[0] === 'exit' && words[1] === 'signal') return { kind: 'exit', code: null, signal: SIGNAL_NAMES.get(Number(words[2])) ?? 'SIGKILL' };
  if (words[0] === 'swept') return { kind: 'swept', pids: words.slice(1).map(Number).filter(Number.isInteger) };
  return undefined;
}
