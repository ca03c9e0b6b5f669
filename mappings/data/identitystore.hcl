# IAM Identity Center identity store → Microsoft Entra ID users and groups, managed with the azuread provider (not azurerm) or synchronised from an existing directory.

mapping "aws_identitystore_user" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/how-to-create-delete-users"
  note    = "Users become Entra ID users (azuread_user) in the tenant that every subscription trusts. If Identity Center was provisioned by SCIM from Entra ID or synchronised from Active Directory, the users already exist there: do not recreate them, only migrate the access they are given."
}

mapping "aws_identitystore_group" {
  cloudformation = ["AWS::IdentityStore::Group"]
  service        = "Microsoft Entra ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note           = "Groups become Entra ID security groups (azuread_group), which Azure role assignments and enterprise application assignments then target. Groups that came from Entra ID through SCIM already exist."
}

mapping "aws_identitystore_group_membership" {
  cloudformation = ["AWS::IdentityStore::GroupMembership"]
  service        = "Microsoft Entra ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/fundamentals/how-to-manage-groups"
  note           = "Each membership becomes an azuread_group_member, or the members list of azuread_group; dynamic membership rules can replace memberships that follow user attributes."
}

data "aws_identitystore_user" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/how-to-create-delete-users"
  note    = "Look the user up with the azuread_user data source (by user principal name, mail or object ID)."
}

data "aws_identitystore_users" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/how-to-create-delete-users"
  note    = "Use the azuread_users data source to read several users at once."
}

data "aws_identitystore_group" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "Look the group up with the azuread_group data source (by display name or object ID); it also returns the members."
}

data "aws_identitystore_groups" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "Use the azuread_groups data source to read several groups at once."
}

data "aws_identitystore_group_memberships" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "The members attribute of the azuread_group data source lists a group's member object IDs."
}
