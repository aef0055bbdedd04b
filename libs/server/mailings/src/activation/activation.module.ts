import { Module } from '@nestjs/common';

/** Programme activation mails: services without controllers (placeholder until the activation work). */
@Module({})
export class ActivationCoreModule {}

/** Programme activation mails over HTTP, HR only (placeholder until the activation work). */
@Module({ imports: [ActivationCoreModule] })
export class ActivationModule {}
