# prep meeting-rooms: SPEC.md §2 meeting-rooms.

=== rooms needed
$ meeting-rooms
< 0 30
< 5 10
< 15 20
> 2

=== can attend: no
$ meeting-rooms --can-attend
< 0 30
< 5 10
< 15 20
> false

=== can attend: back to back is fine (half-open)
$ meeting-rooms --can-attend
< 7 10
< 2 4
< 10 12
> true

=== assign in input order
$ meeting-rooms --assign
< 0 30
< 5 10
< 15 20
> 0 30 1
> 5 10 2
> 15 20 2

=== assign takes (start, end, position) order and the lowest free room
$ meeting-rooms --assign
< 5 10
< 0 30
< 0 5
< 10 20
< 5 8
> 5 10 3
> 0 30 2
> 0 5 1
> 10 20 1
> 5 8 1

=== assign as json
$ meeting-rooms --assign --json
< 0 30
< 5 10
> [{"start":0,"end":30,"room":1},{"start":5,"end":10,"room":2}]

=== assign with a literal prints a literal
$ meeting-rooms --assign
< [[0,30],[5,10],[15,20]]
> [[0,30,1],[5,10,2],[15,20,2]]

=== literal rooms
$ meeting-rooms
< [[0,30],[5,10],[15,20]]
> 2

=== literal can attend
$ meeting-rooms --can-attend
< [[7,10],[2,4]]
> true

=== meetings ending when others start need no extra room
$ meeting-rooms
< 1 5
< 5 10
< 10 15
< 1 5
> 2

=== json rooms
$ meeting-rooms --json
< 1 2
> 1

=== json can attend
$ meeting-rooms --json --can-attend
< 1 2
< 1 3
> false

=== empty input: no rooms, can attend
$ meeting-rooms
> 0

=== empty can attend
$ meeting-rooms --can-attend
> true

=== empty assign json
$ meeting-rooms --assign --json
> []

=== zero-length meeting is an error
$ meeting-rooms
< 0 30
< 5 5
! prep: <stdin>:2:1: error: START 5 is not less than END 5 (meetings are [START, END))
? 1

=== literal zero-length meeting
$ meeting-rooms
< [[0,30],[7,3]]
! prep: <stdin>:1:9: error: START 7 is not less than END 3 (meetings are [START, END))
? 1

=== bad number, nothing printed
$ meeting-rooms --assign
< 0 30
< 5 1O
! prep: <stdin>:2:3: error: expected an integer for END, found '1O'
? 1

=== both questions at once
$ meeting-rooms --assign --can-attend
< 0 1
! prep: error: --can-attend and --assign ask different questions: give one
? 2
