# The conventions every command shares: discovery, exit statuses (SPEC.md §1).

=== no command
$ 
!~ A subcommand is required
? 2

=== unknown command
$ bogus
! prep: error: unknown command 'bogus'
! Run 'prep list' for the commands, 'prep --help' for usage.
? 2

=== help exits 0 and lists the commands
$ --help
>~ merge-intervals
>~ meeting-rooms
>~ explain
? 0

=== command help
$ meeting-rooms --help
>~ --can-attend
>~ --json
? 0

=== version
$ --version
>~ prep 0.1.0
? 0

=== explain needs a known command
$ explain bogus
!~ bogus
? 2

=== example needs a command
$ example
!~ COMMAND
? 2

=== demo runs every command's samples and succeeds
$ demo
>~ === merge-intervals
>~ === meeting-rooms
? 0

=== list shows every command with its complexity
$ list
>~ merge-intervals
>~ O(n) after an O(n) radix sort
? 0

=== explain
$ explain merge-intervals
>~ Follow-up questions
? 0

=== example pipes into the command
$ example meeting-rooms
>~ 0 30
? 0
