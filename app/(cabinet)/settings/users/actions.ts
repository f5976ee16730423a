"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import { changeMemberRole } from "@/lib/settings/change-member-role";
import { inviteMember } from "@/lib/settings/invite-member";
import { removeMember } from "@/lib/settings/remove-member";
import {
  ZCashierSettingsInput,
  ZChangeRoleInput,
  ZInviteMemberInput,
  ZMemberIdInput,
} from "@/lib/settings/schemas";
import { updateCashierSettings } from "@/lib/settings/update-cashier-settings";

// Role changes can concern the signed-in user too (their menu and sections), so the whole cabinet revalidates.
const revalidate = { revalidate: "/" };

export const inviteMemberAction = tenantAction(
  ZInviteMemberInput,
  "user.manage",
  async (ctx, input) => {
    const { id, newUser } = await inviteMember(ctx, input);
    return {
      message: newUser ? "settings.users.invitedNew" : "settings.users.invitedExisting",
      params: { email: input.email },
      data: { id },
    };
  },
  revalidate,
);

export const changeRoleAction = tenantAction(
  ZChangeRoleInput,
  "user.manage",
  async (ctx, { id, role }) => {
    const { changed } = await changeMemberRole(ctx, id, role);
    return { message: changed ? "settings.users.roleChanged" : "settings.nothingChanged" };
  },
  revalidate,
);

export const cashierSettingsAction = tenantAction(
  ZCashierSettingsInput,
  "user.manage",
  async (ctx, { id, pin, operationLimit }) => {
    const { changed } = await updateCashierSettings(ctx, id, { pin, operationLimit });
    return { message: changed ? "settings.users.cashierSaved" : "settings.nothingChanged" };
  },
  revalidate,
);

export const removeMemberAction = tenantAction(
  ZMemberIdInput,
  "user.manage",
  async (ctx, { id }) => {
    const { self } = await removeMember(ctx, id);
    return { message: "settings.users.removed", data: { self: self ? "1" : "" } };
  },
  revalidate,
);
