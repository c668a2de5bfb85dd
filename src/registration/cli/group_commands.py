"""`groups`: create breakout group sets, assign people, move them by hand, list, undo."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from registration.cli import EXIT_BAD_INPUT, EXIT_OK, CommandContext
from registration.cli.lookups import resolve_province
from registration.domain.errors import UserError
from registration.services import events, registry
from registration.services.groups import (
    GroupSetInfo,
    create_group_set,
    get_group_set,
    group_members,
    list_group_sets,
)
from registration.services.groups_assign import AssignMode
from registration.services.groups_assignment import (
    assign_groups,
    move_participant,
    parse_mode,
    place_newcomers,
    undo_assignment,
)
from registration.services.groups_clusters import list_clusters, set_cluster
from registration.services.groups_desk import check_in_at_group_desk


def register(subparsers: Any) -> None:
    groups = subparsers.add_parser("groups", help="breakout groups: create, assign, move, list")
    actions = groups.add_subparsers(dest="groups_command", metavar="ACTION", required=True)

    command = actions.add_parser("create", help="a new set of breakout groups")
    command.add_argument("name")
    command.add_argument("--groups", type=int, required=True, metavar="N")
    command.add_argument("--session", type=int, metavar="ID", help="the session they meet in")
    command.add_argument("--rooms", nargs="+", default=[], metavar="ROOM")
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_create)

    command = actions.add_parser("assign", help="(re-)assign everyone; hand moves are kept")
    command.add_argument("--set", type=int, required=True, metavar="ID", dest="set_id")
    command.add_argument("--mode", choices=[m.value for m in AssignMode], required=True)
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_assign)

    command = actions.add_parser("move", help="move one participant to a group by hand")
    command.add_argument("code", help="badge code of the participant")
    command.add_argument("--set", type=int, required=True, metavar="ID", dest="set_id")
    command.add_argument("--group", required=True, help="group id, number or name")
    command.set_defaults(handler=run_move)

    command = actions.add_parser("newcomers", help="put people in no group into the best one")
    command.add_argument("--set", type=int, required=True, metavar="ID", dest="set_id")
    command.set_defaults(handler=run_newcomers)

    command = actions.add_parser("undo", help="undo the newest assignment of a set")
    command.add_argument("--set", type=int, required=True, metavar="ID", dest="set_id")
    command.set_defaults(handler=run_undo)

    command = actions.add_parser("clusters", help="province clusters; change one with --set-to")
    command.add_argument("--province", help="province code, Thai or English name")
    command.add_argument("--set-to", metavar="CLUSTER", help="the province's new cluster")
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_clusters)

    command = actions.add_parser("checkin", help="check in at the desk of one group's room")
    command.add_argument("code")
    command.add_argument("--session", type=int, required=True, metavar="ID")
    command.add_argument("--group", type=int, required=True, metavar="ID", help="this desk's group")
    command.add_argument(
        "--anyway", action="store_true", help="count someone of another group here all the same"
    )
    command.add_argument("--desk")
    command.set_defaults(handler=run_group_checkin)

    command = actions.add_parser("list", help="the sets, or the members of one set")
    command.add_argument("--set", type=int, metavar="ID", dest="set_id")
    command.add_argument("--json", action="store_true")
    command.set_defaults(handler=run_list)


def set_json(group_set: GroupSetInfo) -> dict[str, Any]:
    return asdict(group_set)


def _write_set(ctx: CommandContext, group_set: GroupSetInfo) -> None:
    mode = group_set.mode or "-"
    ctx.out.write(
        f"set {group_set.id}: {group_set.name} (assigned by: {mode}; "
        f"in no group: {group_set.unassigned})\n"
    )
    for group in group_set.groups:
        room = f" · {group.room}" if group.room else ""
        ctx.out.write(f"  {group.id:>5}  {group.name}{room}  {group.size} people\n")


def run_create(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = events.get_event(ctx.db, args.event)
    made = create_group_set(
        ctx.db, event.id, args.name, args.groups, args.session, args.rooms, ctx.desk
    )
    if args.json:
        ctx.print_json(set_json(made))
    else:
        _write_set(ctx, made)
    return EXIT_OK


def run_assign(args: argparse.Namespace, ctx: CommandContext) -> int:
    result = assign_groups(ctx.db, args.set_id, parse_mode(args.mode), ctx.desk)
    if args.json:
        ctx.print_json(
            {
                "set": set_json(result.group_set),
                "assigned": result.assigned,
                "kept_by_hand": result.kept_by_hand,
            }
        )
    else:
        _write_set(ctx, result.group_set)
        ctx.err.write(f"{result.assigned} assigned, {result.kept_by_hand} kept where moved\n")
    return EXIT_OK


def _group_id(group_set: GroupSetInfo, text: str) -> int:
    """A group by id, by its number in the set, or by name."""
    for group in group_set.groups:
        if text in (str(group.id), group.name) or text == str(group.position):
            return group.id
    raise UserError("no_such_group", f"There is no group '{text}' in this set.")


def run_move(args: argparse.Namespace, ctx: CommandContext) -> int:
    group_set = get_group_set(ctx.db, args.set_id)
    person = registry.find_by_code(ctx.db, args.code)
    if person is None:
        raise UserError("unknown_code", f"No participant has the badge code {args.code}.")
    moved = move_participant(
        ctx.db, group_set.id, person.id, _group_id(group_set, args.group), ctx.desk
    )
    group = next(g for g in moved.groups if g.id == _group_id(moved, args.group))
    ctx.out.write(f"{person.full_name} -> {group.name}\n")
    return EXIT_OK


def run_newcomers(args: argparse.Namespace, ctx: CommandContext) -> int:
    placed = place_newcomers(ctx.db, args.set_id, ctx.desk)
    ctx.out.write(f"{placed} newcomer(s) placed\n")
    return EXIT_OK


def run_undo(args: argparse.Namespace, ctx: CommandContext) -> int:
    _write_set(ctx, undo_assignment(ctx.db, args.set_id, ctx.desk))
    return EXIT_OK


def run_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.set_id is None:
        sets = list_group_sets(ctx.db, events.get_event(ctx.db, args.event).id)
        if args.json:
            ctx.print_json([set_json(s) for s in sets])
        for group_set in [] if args.json else sets:
            _write_set(ctx, group_set)
        return EXIT_OK
    group_set = get_group_set(ctx.db, args.set_id)
    members = group_members(ctx.db, group_set.id)
    if args.json:
        ctx.print_json({"set": set_json(group_set), "members": [asdict(m) for m in members]})
        return EXIT_OK
    _write_set(ctx, group_set)
    names = {g.id: g.name for g in group_set.groups}
    for member in members:
        hand = " (moved by hand)" if member.moved_by_hand else ""
        ctx.out.write(
            f"{names[member.group_id]}\t{member.full_name}\t{member.province or '-'}"
            f"\t{member.issue_area or '-'}{hand}\n"
        )
    return EXIT_OK


def run_clusters(args: argparse.Namespace, ctx: CommandContext) -> int:
    event = events.get_event(ctx.db, args.event)
    if args.set_to is not None:
        if not args.province:
            raise UserError("province_missing", "Say which province: --province.")
        set_cluster(ctx.db, event.id, resolve_province(ctx, args.province), args.set_to, ctx.desk)
    clusters = list_clusters(ctx.db, event.id)
    if args.json:
        ctx.print_json([asdict(c) for c in clusters])
        return EXIT_OK
    for cluster in clusters:
        ctx.out.write(f"{cluster.cluster or '-'}\t{cluster.province_code}\t{cluster.province}\n")
    return EXIT_OK


def run_group_checkin(args: argparse.Namespace, ctx: CommandContext) -> int:
    from registration.cli.core_commands import OUTCOME_EXIT, describe_check_in

    result = check_in_at_group_desk(
        ctx.db, args.code, args.session, ctx.desk, args.group, count_anyway=args.anyway
    )
    if result.check_in is None:
        ctx.out.write(f"not counted: belongs to {result.where_they_belong}\n")
        return EXIT_BAD_INPUT
    ctx.out.write(describe_check_in(result.check_in) + "\n")
    if result.counted_elsewhere:
        ctx.out.write(f"counted here; belongs to {result.where_they_belong}\n")
    return OUTCOME_EXIT[result.check_in.outcome]
