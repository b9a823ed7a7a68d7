# prep merge-intervals: SPEC.md §2 merge-intervals, §1 conventions.

=== LeetCode literal in, LeetCode literal out
$ merge-intervals
< [[1,3],[2,6],[8,10],[15,18]]
> [[1,6],[8,10],[15,18]]

=== literal across lines with blanks
$ merge-intervals
< [ [1, 4],
<   [4, 5] ]
> [[1,5]]

=== empty literal
$ merge-intervals
< []
> []

=== text lines, touching intervals merge
$ merge-intervals
< 1 4
< 4 5
> 1 5

=== text with commas, tabs, comments, blank lines, unsorted
$ merge-intervals
< # intervals
< 15,18
<
< 8	10
<    # indented comment
< 2, 6
< 1 3
> 1 6
> 8 10
> 15 18

=== negative and extreme values
$ merge-intervals
< -9223372036854775808 0
< 0 9223372036854775807
< -5 -5
> -9223372036854775808 9223372036854775807

=== a point interval and containment
$ merge-intervals
< 5 5
< 1 10
< 2 3
< 11 11
> 1 10
> 11 11

=== missing final newline
$ merge-intervals
< 1 2
% no-newline
> 1 2

=== file argument with CRLF
$ merge-intervals tests/cases/fixtures/intervals-crlf.txt
> 1 6
> 8 10

=== dash means stdin
$ merge-intervals -
< 1 2
> 1 2

=== json
$ merge-intervals --json
< 1 3
< 2 6
> [[1,6]]

=== empty input, empty output
$ merge-intervals

=== empty input as json
$ merge-intervals --json
> []

=== only comments
$ merge-intervals
< # nothing
<

=== letter where a number belongs
$ merge-intervals
< 1 3
< 2 x
! prep: <stdin>:2:3: error: expected an integer for END, found 'x'
? 1

=== integer too large
$ merge-intervals
< 99999999999999999999 1
! prep: <stdin>:1:1: error: START '99999999999999999999' does not fit in a signed 64-bit integer
? 1

=== one past INT64_MIN
$ merge-intervals
< -9223372036854775809 1
! prep: <stdin>:1:1: error: START '-9223372036854775809' does not fit in a signed 64-bit integer
? 1

=== start after end
$ merge-intervals
< 1 2
<   5 3
! prep: <stdin>:2:3: error: START 5 is greater than END 3
? 1

=== missing END
$ merge-intervals
< 1 2
< 7
! prep: <stdin>:2:2: error: missing END: expected 'START END'
? 1

=== three values
$ merge-intervals
< 1 2 3
! prep: <stdin>:1:5: error: unexpected '3': expected 'START END'
? 1

=== unterminated literal
$ merge-intervals
< [[1,3],[2,6]
! prep: <stdin>:1:13: error: unterminated list: expected ',' or ']'
? 1

=== literal with a pair of three
$ merge-intervals
< [[1,3],
<  [2,6,7]]
! prep: <stdin>:2:2: error: expected [START,END], found a list of 3 values
? 1

=== literal with a string
$ merge-intervals
< [[1,"a"]]
! prep: <stdin>:1:5: error: expected an integer, found a string
? 1

=== literal with a fraction
$ merge-intervals
< [[1,2.5]]
! prep: <stdin>:1:5: error: expected an integer, found '2.5'
? 1

=== literal with trailing text
$ merge-intervals
< [[1,2]] [3,4]
! prep: <stdin>:1:9: error: unexpected text after the list
? 1

=== literal start after end
$ merge-intervals --json
< [[1,2],[9,3]]
! prep: <stdin>:1:8: error: START 9 is greater than END 3
? 1

=== error column counts characters, not bytes
$ merge-intervals
< 1 2 é
! prep: <stdin>:1:5: error: unexpected 'é': expected 'START END'
? 1

=== file that does not exist
$ merge-intervals tests/cases/fixtures/no-such-file.txt
! prep: tests/cases/fixtures/no-such-file.txt: error: cannot open: No such file or directory
? 1

=== a directory
$ merge-intervals tests
! prep: tests: error: cannot read: Is a directory
? 1

=== unknown option
$ merge-intervals --bogus
!~ --bogus
? 2

=== two files
$ merge-intervals a b
!~ error
? 2
